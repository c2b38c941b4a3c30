namespace Newspipe.Storage;

/// <summary>
/// The database could not be reached or is refusing work for now (down, restarting, out of connections): a transient
/// failure, retried by the stages with backoff until it passes.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
