namespace Newspipe.Benchmarks.Pipeline;

/// <summary>A really enriched article whose rows the 50,000-article store is filled with (under new ids and dates).</summary>
internal sealed record StoredArticleTemplate(string Title, string Text, string Summary, ulong SimHash, string Signature, long[] Keys);
