namespace Newspipe.Dashboard;

/// <summary>Who may use the dashboard and its API (section <c>Dashboard</c>).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// Required (as <c>Authorization: Bearer …</c>) by every state-changing API request. When the dashboard listens
    /// beyond loopback and none is set, one is generated at start and written to the log.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// The address of a whole trace in Jaeger or the Aspire dashboard, with <c>{traceId}</c> where the trace id goes
    /// (e.g. <c>http://localhost:16686/trace/{traceId}</c>); the article page links to it when set.
    /// </summary>
    public string? TraceUrl { get; set; }
}
