namespace Newspipe.ServiceDefaults;

/// <summary>A claim-check body that is no longer there (swept after its time to live): a permanent failure.</summary>
public sealed class ArticleBodyMissingException(string message, Exception inner) : Exception(message, inner);
