using System.IO.Compression;

namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// The trained weights of the entity tagger: feature keys and their non-zero weights, stored sorted and
/// Brotli-compressed (Resources/ner-model.bin). Loaded once per process, on first use; read-only afterwards, so
/// any number of threads may tag with it at once.
/// </summary>
internal sealed class TaggerModel : IFeatureWeights
{
    public const string ResourceName = "Newspipe.Enrichment.Resources.ner-model.bin";

    private const int Magic = 0x52454E50; // "PNER"
    private const int Version = 1;

    private static readonly Lazy<TaggerModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FeatureTable rows;

    private TaggerModel(FeatureTable rows)
    {
        this.rows = rows;
    }

    /// <summary>The model shipped in this assembly.</summary>
    public static TaggerModel Shared => Embedded.Value;

    public int FeatureCount => rows.Count;

    public void AddTo(uint feature, Span<float> scores) => rows.AddTo(feature, scores);

    /// <summary>Writes the rows (feature key, weights) in key order: the same weights always give the same bytes.</summary>
    public static void Write(Stream output, IReadOnlyList<(uint Feature, float[] Weights)> features)
    {
        using var compressed = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(compressed);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(features.Count);
        uint previous = 0;
        foreach (var (feature, weights) in features.OrderBy(f => f.Feature))
        {
            writer.Write7BitEncodedInt((int)(feature - previous));
            previous = feature;
            var mask = 0;
            for (var y = 0; y < NerTags.Count; y++)
            {
                mask |= weights[y] != 0 ? 1 << y : 0;
            }

            writer.Write((ushort)mask);
            for (var y = 0; y < NerTags.Count; y++)
            {
                if (weights[y] != 0)
                {
                    writer.Write(weights[y]);
                }
            }
        }
    }

    public static TaggerModel Read(Stream input)
    {
        using var compressed = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(compressed);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not an entity tagger model of this version.");
        }

        var count = reader.ReadInt32();
        var rows = new FeatureTable(count);
        Span<float> weights = stackalloc float[NerTags.Count];
        uint feature = 0;
        for (var r = 0; r < count; r++)
        {
            feature += (uint)reader.Read7BitEncodedInt();
            var mask = reader.ReadUInt16();
            for (var y = 0; y < NerTags.Count; y++)
            {
                weights[y] = (mask & (1 << y)) != 0 ? reader.ReadSingle() : 0;
            }

            rows.Add(feature, weights);
        }

        return new TaggerModel(rows);
    }

    private static TaggerModel LoadEmbedded()
    {
        using var stream = typeof(TaggerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Read(stream);
    }
}
