using Newspipe.Contracts;

namespace Newspipe.Cleaning.Tests;

public sealed class HtmlCleaningTests
{
    private const string Paragraphs = """
        <p>The city council approved the new transit plan on Tuesday, ending a debate that lasted more than two years and divided neighbourhoods.</p>
        <p>Under the plan, buses will run every ten minutes on the main corridors, and three new lines will connect the eastern suburbs to the centre.</p>
        <h2>What changes for riders</h2>
        <p>Fares stay the same until next summer, the council said, while the operator hires drivers and takes delivery of forty electric buses.</p>
        <p>Opponents argued that the money would be better spent on road repairs, but the final vote was eleven to four in favour of the plan.</p>
        """;

    private static readonly ArticleCleaner Cleaner = new();

    [Fact]
    public void Keeps_paragraphs_and_headings_and_drops_page_furniture()
    {
        var html = $$"""
            <html><head><title>Council approves transit plan | City Gazette</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <article>
              <h1>Council approves transit plan</h1>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
              <figure><img src="bus.jpg"><figcaption>A new electric bus at the depot. Photo: Jane Roe</figcaption></figure>
              {{Paragraphs}}
              <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news in your inbox.</p></div>
              <div class="author-bio"><p>Sam Writer covers city hall and has worked for the paper since 2010, after years at a regional radio station.</p></div>
            </article>
            <section class="related-posts"><h3>Related</h3><ul><li><a href="/a">Mayor opens bridge</a></li><li><a href="/b">Budget passes</a></li></ul></section>
            <div id="comments"><p>Great news, finally some progress on the buses in this city, I have waited for years!</p></div>
            <footer>© 2024 City Gazette. All rights reserved.</footer>
            </body></html>
            """;

        var article = Cleaner.Clean(html, ArticleFormat.Html);

        Assert.Equal(
            "The city council approved the new transit plan on Tuesday, ending a debate that lasted more than two years and divided neighbourhoods.\n\n" +
            "Under the plan, buses will run every ten minutes on the main corridors, and three new lines will connect the eastern suburbs to the centre.\n\n" +
            "What changes for riders\n\n" +
            "Fares stay the same until next summer, the council said, while the operator hires drivers and takes delivery of forty electric buses.\n\n" +
            "Opponents argued that the money would be better spent on road repairs, but the final vote was eleven to four in favour of the plan.",
            article.Text);
        Assert.Equal("Council approves transit plan", article.Title);
    }

    [Fact]
    public void Reads_metadata_from_meta_tags_and_opengraph()
    {
        var html = $"""
            <html><head>
            <title>Council approves transit plan - City Gazette</title>
            <meta property="og:title" content="Council approves transit plan | City Gazette">
            <meta property="og:site_name" content="City Gazette">
            <meta name="author" content="Sam Writer">
            <meta property="article:published_time" content="2024-06-19T10:30:00+02:00">
            <link rel="canonical" href="https://gazette.example/news/transit-plan">
            </head><body><article>{Paragraphs}</article></body></html>
            """;

        var article = Cleaner.Clean(html, ArticleFormat.Html);

        Assert.Equal("Council approves transit plan", article.Title);
        Assert.Equal("Sam Writer", article.Author);
        Assert.Equal("2024-06-19T10:30:00+02:00", article.Published);
        Assert.Equal("City Gazette", article.Outlet);
        Assert.Equal("https://gazette.example/news/transit-plan", article.CanonicalUrl);
    }

    [Fact]
    public void Reads_metadata_from_json_ld_news_article()
    {
        var html = $$$"""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Ignored"},
              {"@type":"NewsArticle","headline":"Council approves transit plan","datePublished":"2024-06-19",
               "author":[{"@type":"Person","name":"Sam Writer"},{"@type":"Person","name":"Ann Other"}],
               "publisher":{"@type":"Organization","name":"City Gazette"},
               "mainEntityOfPage":{"@id":"https://gazette.example/news/transit-plan"}}]}
            </script></head><body><article>{{{Paragraphs}}}</article></body></html>
            """;

        var article = Cleaner.Clean(html, ArticleFormat.Html);

        Assert.Equal("Council approves transit plan", article.Title);
        Assert.Equal("Sam Writer, Ann Other", article.Author);
        Assert.Equal("2024-06-19", article.Published);
        Assert.Equal("City Gazette", article.Outlet);
        Assert.Equal("https://gazette.example/news/transit-plan", article.CanonicalUrl);
    }

    [Fact]
    public void Non_empty_hints_win_over_extracted_metadata()
    {
        var html = $"""<html><head><meta property="og:title" content="Extracted title"><meta name="author" content="Page Author"></head><body>{Paragraphs}</body></html>""";
        var hints = new Newspipe.Contracts.ArticleMetadata { Title = "Given title", Author = " ", Published = "June 19, 2024", Url = "https://example.org/a", Outlet = "Given Outlet" };

        var article = Cleaner.Clean(html, ArticleFormat.Html, hints);

        Assert.Equal("Given title", article.Title);
        Assert.Equal("Page Author", article.Author);
        Assert.Equal("2024-06-19", article.Published);
        Assert.Equal("https://example.org/a", article.CanonicalUrl);
        Assert.Equal("Given Outlet", article.Outlet);
    }

    [Theory]
    [InlineData("<html><body><div><p>Unclosed paragraph with <b>bold <i>and italic text that goes on for a while, long enough to count as a paragraph of an article.</div></span></table>")]
    [InlineData("<p>Fragment without html or body, but with enough words to be an article paragraph of its own, surely.")]
    [InlineData("<<<>>><html<body>>< p >text</ p><script>unterminated")]
    [InlineData("\u0000\u0001binary\uFFFD garbage <div")]
    public void Malformed_html_yields_text_or_a_cleaning_exception(string html)
    {
        var exception = Record.Exception(() => Cleaner.Clean(html, ArticleFormat.Html));

        Assert.True(exception is null or CleaningException, $"unexpected {exception?.GetType().Name}: {exception?.Message}");
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "<p>Deep text that is long enough to be taken for the article body, with commas, and more words.</p>";

        var exception = Record.Exception(() => Cleaner.Clean(html, ArticleFormat.Html));

        Assert.True(exception is null or CleaningException, $"unexpected {exception?.GetType().Name}");
    }

    [Fact]
    public void Unclosed_tags_still_yield_the_text()
    {
        var article = Cleaner.Clean("<div><p>First paragraph of the story, long enough to be scored as one.<p>Second paragraph, also long enough to be part of it.", ArticleFormat.Html);

        Assert.Contains("First paragraph of the story", article.Text, StringComparison.Ordinal);
        Assert.Contains("Second paragraph, also long enough", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void Content_without_text_is_a_cleaning_exception(string html)
    {
        var exception = Assert.Throws<CleaningException>(() => Cleaner.Clean(html, ArticleFormat.Html));

        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Fact]
    public void A_page_rendered_by_script_falls_back_to_the_json_ld_article_body()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Council approves transit plan",
             "articleBody":"The city council approved the new transit plan on Tuesday, ending a debate that lasted more than two years.\nUnder the plan, buses will run every ten minutes on the main corridors, and three new lines will connect the eastern suburbs to the centre of the city.\nFares stay the same until next summer, the council said, while the operator hires drivers and takes delivery of forty electric buses for the new lines."}
            </script></head><body><div id="app">Loading…</div></body></html>
            """;

        var article = Cleaner.Clean(html, ArticleFormat.Html);

        Assert.StartsWith("The city council approved the new transit plan on Tuesday", article.Text, StringComparison.Ordinal);
        Assert.Equal(3, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void One_cleaner_gives_the_same_results_from_many_threads()
    {
        var pages = Enumerable.Range(0, 8)
            .Select(i => $"<html><body><article><h2>Part {i}</h2>{Paragraphs}</article><div class='related'><a href='/x'>Other story {i}</a></div></body></html>")
            .ToList();
        var sequential = pages.Select(p => Cleaner.Clean(p, ArticleFormat.Html).Text).ToList();

        var parallel = new string[pages.Count * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = Cleaner.Clean(pages[i % pages.Count], ArticleFormat.Html).Text);

        Assert.All(Enumerable.Range(0, parallel.Length), i => Assert.Equal(sequential[i % pages.Count], parallel[i]));
    }

    [Fact]
    public void A_byline_heading_at_the_top_does_not_take_the_article_with_it()
    {
        var html = $"""
            <html><body><div class="story"><h3 class="byline">By Sam Writer</h3>{Paragraphs}</div>
            <div class="related-stories"><h3>Related stories</h3><p>Mayor opens the new bridge over the river after three years of building work.</p></div>
            </body></html>
            """;

        var article = Cleaner.Clean(html, ArticleFormat.Html);

        Assert.StartsWith("The city council approved the new transit plan", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("eleven to four in favour of the plan.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Sam Writer", article.Text, StringComparison.Ordinal);
    }
}
