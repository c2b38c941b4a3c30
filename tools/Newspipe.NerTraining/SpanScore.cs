namespace Newspipe.NerTraining;

/// <summary>Counts of one entity type (or all) under exact-span scoring: a predicted entity counts only with the same words and type.</summary>
internal sealed class SpanScore
{
    public int Correct { get; set; }

    public int Predicted { get; set; }

    public int Expected { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
