using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Newspipe.Dashboard;

/// <summary>
/// The pages' stylesheet and script, embedded in this assembly and served by the app itself, so every host (the
/// Store service, the embedded <c>newspipe run</c>, the tests) serves the same files with no static-file setup, and
/// the content security policy can forbid inline script.
/// </summary>
public static class DashboardAssets
{
    public const string StylePath = "/assets/dashboard.css";
    public const string ScriptPath = "/assets/dashboard.js";

    public static IEndpointRouteBuilder MapDashboardAssets(this IEndpointRouteBuilder routes)
    {
        Map(routes, StylePath, "dashboard.css", "text/css; charset=utf-8");
        Map(routes, ScriptPath, "dashboard.js", "text/javascript; charset=utf-8");
        return routes;
    }

    private static void Map(IEndpointRouteBuilder routes, string path, string name, string contentType)
    {
        var content = Read(name);
        routes.MapGet(path, () => Results.Bytes(content, contentType)).ExcludeFromDescription();
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Newspipe.Dashboard.Assets.{name}")
            ?? throw new InvalidOperationException($"The dashboard's {name} is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
