using Newspipe.Enrichment;

namespace Newspipe.Enrichment.Tests;

/// <summary>One enricher for all tests, as the services use it.</summary>
public sealed class EnricherFixture
{
    public ArticleEnricher Enricher { get; } = new();
}
