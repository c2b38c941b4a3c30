using System.Diagnostics;
using System.Globalization;
using Newspipe.NerTraining;

// Trains the entity tagger on a CoNLL-2003 training file, writes the model and reports exact-span scores on the
// development file. Usage: newspipe-ner-training <train.iob> <dev.iob> <model-out> [--epochs N] [--seed S] [--threshold T] [--every-epoch] [--articles]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: newspipe-ner-training <train.iob> <dev.iob> <model-out> [--epochs N] [--seed S] [--threshold T] [--every-epoch] [--articles]");
    return 2;
}

var epochs = Option("--epochs", 12);
var seed = Option("--seed", 1996);
var threshold = Option("--threshold", 0.02f);
var everyEpoch = args.Contains("--every-epoch");

var train = ConllReader.Read(args[0]);
var dev = ConllReader.Read(args[1]);
Console.WriteLine($"train: {train.Count} documents, {train.Sum(d => d.Sentences.Count)} sentences; dev: {dev.Count} documents");

var clock = Stopwatch.StartNew();
var builder = new ModelBuilder(epochs, seed, threshold);
var model = builder.Train(train, everyEpoch ? (epoch, m) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"epoch {epoch}: dev F1 {NerEvaluation.Score(dev, builder.Extractor, m).Overall.F1:0.0000} ({clock.Elapsed.TotalSeconds:0}s)")) : null);
File.WriteAllBytes(args[2], model);
var loaded = ModelBuilder.Load(model);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"model: {args[2]}, {model.Length / 1024.0 / 1024.0:0.00} MB, {loaded.FeatureCount} features, trained in {clock.Elapsed.TotalSeconds:0} s"));
Console.WriteLine("dev (exact-span, CoNLL):");
var tagging = Stopwatch.StartNew();
var devScore = NerEvaluation.Score(dev, builder.Extractor, loaded);
var devWords = dev.Sum(d => d.Sentences.Sum(s => s.Words.Length));
Console.Write(devScore.Report());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagging: {tagging.Elapsed.TotalMilliseconds * 1000 / devWords:0.00} µs per word"));
if (args.Contains("--articles"))
{
    // The model the Enrichment library embeds, not the one just trained: rebuild after training to see the new one here.
    Console.WriteLine("dev through ArticleEnricher (embedded model; character spans, PER/ORG/LOC):");
    Console.Write(ArticleEvaluation.Report(dev));
}

return 0;

T Option<T>(string name, T fallback)
    where T : IParsable<T>
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? T.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
