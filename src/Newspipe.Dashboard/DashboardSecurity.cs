using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Newspipe.Dashboard;

/// <summary>
/// The dashboard's defences: only loopback host names unless <c>AllowedHosts</c> says otherwise (no DNS rebinding),
/// security headers on every answer, the page's buttons protected by antiforgery tokens, and the API's POSTs by the
/// access token, or (on loopback with no token set) by a header a cross-site page cannot send.
/// </summary>
public static partial class DashboardSecurity
{
    /// <summary>The header a script or tool sends with an API POST when no access token is set (loopback only).</summary>
    public const string RequestHeader = "X-Newspipe-Request";

    private const string LoopbackHosts = "localhost;127.0.0.1;[::1]";

    public static IHostApplicationBuilder AddDashboardSecurity(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            builder.Configuration["AllowedHosts"] = LoopbackHosts;
        }

        builder.Services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section);
        builder.Services.AddAntiforgery();
        return builder;
    }

    public static WebApplication UseDashboardSecurity(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        app.UseAntiforgery();
        app.Lifetime.ApplicationStarted.Register(() => EnsureTokenBeyondLoopback(app));
        return app;
    }

    /// <summary>Whether an API POST may change anything: the access token, or on loopback without one, our header.</summary>
    internal static bool MayChange(HttpContext context)
    {
        var token = context.RequestServices.GetRequiredService<IOptions<DashboardOptions>>().Value.AccessToken;
        if (!string.IsNullOrEmpty(token))
        {
            var given = context.Request.Headers.Authorization.ToString();
            return given.StartsWith("Bearer ", StringComparison.Ordinal)
                && CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.UTF8.GetBytes(given["Bearer ".Length..]), System.Text.Encoding.UTF8.GetBytes(token));
        }

        return context.Request.Headers.ContainsKey(RequestHeader);
    }

    /// <summary>The page's forms: a valid antiforgery token, and the access token's rule when one is set.</summary>
    internal static async Task<bool> MaySubmitFormAsync(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        return await antiforgery.IsRequestValidAsync(context);
    }

    private static void EnsureTokenBeyondLoopback(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var beyond = addresses.Any(a => Uri.TryCreate(a.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && !(uri.IsLoopback || uri.Host == "localhost"));
        if (beyond && string.IsNullOrEmpty(options.AccessToken))
        {
            options.AccessToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            Log.GeneratedToken(app.Logger, options.AccessToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard listens beyond loopback and Dashboard:AccessToken is not set; API changes need this generated token: {Token}")]
        public static partial void GeneratedToken(ILogger logger, string token);
    }
}
