namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Weights of the features, one row of <see cref="NerTags.Count"/> values per feature.</summary>
internal interface IFeatureWeights
{
    float[] Weights { get; }

    /// <summary>Index of the feature's row in <see cref="Weights"/>, or -1 for a feature without weights.</summary>
    int RowOf(uint feature);
}
