using Newspipe.ServiceDefaults;

namespace Newspipe.Enrich;

/// <summary>
/// Queue <c>enrich-article</c>, shared by every Enrich worker (competing consumers). Two articles per core: while one
/// waits for the story index in the database, the other computes. In the embedded host eight: there the story index
/// waits for the one SQLite writer, which Store shares, and the more assignments wait together the more of them one
/// turn of the writer makes (<c>GroupCommit</c>).
/// </summary>
public sealed class EnrichArticleConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<EnrichArticleConsumer>(settings, PipelineQueues.Enrich)
{
    protected override int DefaultConcurrency => (InProcess ? 8 : 2) * Environment.ProcessorCount;
}
