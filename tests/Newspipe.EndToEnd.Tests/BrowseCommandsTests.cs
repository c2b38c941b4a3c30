using System.Text.Json;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// <c>articles search</c>, <c>entities</c> and <c>stories</c> as a person runs them, over the store the embedded
/// pipeline writes from the seeds, checked against the golden facts (shared/golden/seeds.json).
/// </summary>
public sealed class BrowseCommandsTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public async Task The_seeds_are_found_by_search_by_entity_and_as_one_story()
    {
        await using var pipeline = EmbeddedProcess.Start();
        await Eventually.HoldsAsync(() => Task.FromResult(pipeline.Running), TimeSpan.FromMinutes(2), () => string.Join('\n', pipeline.Lines));
        foreach (var file in GoldenSeeds.Files)
        {
            File.Copy(GoldenSeeds.SeedPath(file), Path.Combine(pipeline.Inbox, file));
        }

        await Eventually.HoldsAsync(
            () => Task.FromResult(pipeline.Lines.Count(l => l.StartsWith("stored", StringComparison.Ordinal)) == GoldenSeeds.Files.Count),
            TimeSpan.FromMinutes(3),
            () => string.Join('\n', pipeline.Lines));

        // All five seeds are hits, the one that writes "mutual defence" too, and each hit shows the words it matched.
        var (searched, searchJson) = await CliProcess.RunAsync(NoEnvironment, "articles", "search", "mutual defense", "--data", pipeline.Data, "--json");
        Assert.Equal(0, searched);
        var hits = JsonDocument.Parse(searchJson).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(GoldenSeeds.Titles.Order(), hits.Select(Title).Order());
        Assert.All(hits, h => Assert.Contains(h.GetProperty("snippet").EnumerateArray(), s => s.GetProperty("highlighted").GetBoolean()));
        var british = GoldenSeeds.Files.Where(f => File.ReadAllText(GoldenSeeds.SeedPath(f)).Contains("mutual defence", StringComparison.OrdinalIgnoreCase))
            .Select(GoldenSeeds.Title).ToList();
        Assert.NotEmpty(british);
        Assert.All(
            hits.Where(h => british.Contains(Title(h))),
            h => Assert.Contains(
                h.GetProperty("snippet").EnumerateArray(),
                s => s.GetProperty("highlighted").GetBoolean() && s.GetProperty("text").GetString()!.Contains("defence", StringComparison.OrdinalIgnoreCase)));
        var (_, britishJson) = await CliProcess.RunAsync(NoEnvironment, "articles", "search", "mutual defence", "--data", pipeline.Data, "--json");
        Assert.Equal(GoldenSeeds.Titles.Order(), JsonDocument.Parse(britishJson).RootElement.GetProperty("items").EnumerateArray().Select(Title).Order());
        var (_, table) = await CliProcess.RunAsync(NoEnvironment, "articles", "search", "mutual defense", "--data", pipeline.Data);
        Assert.Contains("*mutual*", table, StringComparison.Ordinal);
        Assert.Contains($"{hits.Count} of {hits.Count} article(s), page 1 of 1", table, StringComparison.Ordinal);

        // Kim Jong Un's entity lists every seed the golden facts say mentions him, under either spelling.
        var mentioning = GoldenSeeds.Files.Where(f => Mentions(f, "Kim Jong Un")).Select(GoldenSeeds.Title).Order().ToList();
        var (shown, entityJson) = await CliProcess.RunAsync(NoEnvironment, "entities", "show", "Kim Jong Un", "--data", pipeline.Data, "--json");
        Assert.Equal(0, shown);
        var kim = JsonDocument.Parse(entityJson).RootElement;
        Assert.Equal(mentioning, kim.GetProperty("articles").EnumerateArray().Select(Title).Order());
        Assert.Contains("Kim Jong-Un", kim.GetProperty("spellings").EnumerateArray().Select(s => s.GetString()));
        var (_, aliasJson) = await CliProcess.RunAsync(NoEnvironment, "entities", "show", "Kim Jong-Un", "--data", pipeline.Data, "--json");
        Assert.Equal(kim.GetProperty("id").GetString(), JsonDocument.Parse(aliasJson).RootElement.GetProperty("id").GetString());
        var (_, listed) = await CliProcess.RunAsync(NoEnvironment, "entities", "list", "--q", "kim jong", "--data", pipeline.Data);
        Assert.Contains("person:kim jong un", listed, StringComparison.Ordinal);

        // The golden facts: all five seeds report one event, so one story holds them all.
        var (_, storiesJson) = await CliProcess.RunAsync(NoEnvironment, "stories", "list", "--data", pipeline.Data, "--json");
        var story = Assert.Single(JsonDocument.Parse(storiesJson).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(GoldenSeeds.Files.Count, story.GetProperty("articles").GetInt32());
        var prefix = story.GetProperty("id").GetString()![..8];
        var (storyShown, storyJson) = await CliProcess.RunAsync(NoEnvironment, "stories", "show", prefix, "--data", pipeline.Data, "--json");
        Assert.Equal(0, storyShown);
        var detail = JsonDocument.Parse(storyJson).RootElement;
        Assert.Equal(GoldenSeeds.Titles.Order(), detail.GetProperty("timeline").EnumerateArray().Select(Title).Order());
        Assert.Contains(
            detail.GetProperty("sharedEntities").EnumerateArray(),
            e => e.GetProperty("id").GetString() == kim.GetProperty("id").GetString() && e.GetProperty("articles").GetInt32() == mentioning.Count);
    }

    [Fact]
    public async Task Reading_commands_on_a_folder_without_a_store_say_so_and_create_nothing()
    {
        var empty = Directory.CreateTempSubdirectory("newspipe-nostore-").FullName;
        try
        {
            foreach (var command in new[] { new[] { "articles", "search", "treaty" }, ["entities", "list"], ["entities", "show", "Kim"], ["stories", "list"], ["stories", "show", "abc"] })
            {
                var (exitCode, output) = await CliProcess.RunAsync(NoEnvironment, [.. command, "--data", empty]);
                Assert.Equal(2, exitCode);
                Assert.Contains("No Newspipe store in", output, StringComparison.Ordinal);
            }

            Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task Reading_commands_on_a_store_not_yet_upgraded_say_so_and_leave_it_as_it_is()
    {
        var data = Directory.CreateTempSubdirectory("newspipe-oldstore-").FullName;
        var file = Path.Combine(data, "newspipe.db");
        try
        {
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var create = connection.CreateCommand();
                create.CommandText = await File.ReadAllTextAsync(
                    Path.Combine(RepoPaths.Root, "tests", "Newspipe.Storage.Tests", "PreviousSchema", "sqlite.sql"));
                await create.ExecuteNonQueryAsync();
            }

            var before = await File.ReadAllBytesAsync(file);
            var (exitCode, output) = await CliProcess.RunAsync(NoEnvironment, "articles", "search", "treaty", "--data", data);

            Assert.Equal(2, exitCode);
            Assert.Contains("predates this version's schema", output, StringComparison.Ordinal);
            Assert.Equal(before, await File.ReadAllBytesAsync(file));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static string Title(JsonElement article) => article.GetProperty("title").GetString()!;

    private static bool Mentions(string file, string entity)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(RepoPaths.GoldenSeeds));
        return golden.RootElement.GetProperty("documents").GetProperty(file).GetProperty("entities").EnumerateArray()
            .Any(e => e.GetProperty("name").GetString() == entity);
    }
}
