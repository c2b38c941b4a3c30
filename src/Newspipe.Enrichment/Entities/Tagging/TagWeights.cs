using System.Runtime.CompilerServices;

namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>One feature's weight for each of the <see cref="NerTags.Count"/> tags, stored inline.</summary>
[InlineArray(NerTags.Count)]
internal struct TagWeights
{
    private float first;
}
