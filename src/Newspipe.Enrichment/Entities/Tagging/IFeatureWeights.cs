namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Weights of the features: for each feature, one weight per tag.</summary>
internal interface IFeatureWeights
{
    /// <summary>Adds the feature's weight for each tag to <paramref name="scores"/> (<see cref="NerTags.Count"/> values).</summary>
    void AddTo(uint feature, Span<float> scores);
}
