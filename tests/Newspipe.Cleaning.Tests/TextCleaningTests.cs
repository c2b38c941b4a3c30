using Newspipe.Contracts;

namespace Newspipe.Cleaning.Tests;

public sealed class TextCleaningTests
{
    private static readonly ArticleCleaner Cleaner = new();

    [Fact]
    public void Text_without_boilerplate_passes_through_unchanged()
    {
        const string text = """
            The city council approved the new transit plan on Tuesday, ending a debate that lasted more than two years.

            Under the plan, buses will run every ten minutes on the main corridors, and three new lines will open.

            What changes for riders

            Fares stay the same until next summer, the council said, while the operator hires more drivers.

            "We listened to every neighbourhood," the mayor said. "This is the plan they asked for."
            """;

        var article = Cleaner.Clean(text, ArticleFormat.Text);

        Assert.Equal(text, article.Text);
        // No headline line: the first sentence stands in, so the article is not listed untitled.
        Assert.StartsWith("The city council approved the new transit", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= 121);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_stay_as_written()
    {
        const string text = "The council approved the plan on Tuesday after a long\ndebate that divided the city for two years.\n\nBuses will run every ten minutes on the main corridors from next spring.";

        Assert.Equal(text, Cleaner.Clean(text, ArticleFormat.Text).Text);
    }

    [Fact]
    public void Markdown_links_images_and_emphasis_become_plain_text()
    {
        const string markdown = """
            # Council approves transit plan

            By [Sam Writer](https://gazette.example/sam) | June 19, 2024

            ![A bus](bus.jpg)

            The city council approved the **new transit plan** on Tuesday, [ending a debate](#) that lasted _two years_.

            ## What changes for riders

            Fares stay the same until next summer, the council said, while the operator hires more drivers.
            """;

        var article = Cleaner.Clean(markdown, ArticleFormat.Markdown);

        Assert.Equal("Council approves transit plan", article.Title);
        Assert.Equal("Sam Writer", article.Author);
        Assert.Equal("2024-06-19", article.Published);
        Assert.Equal(
            "The city council approved the new transit plan on Tuesday, ending a debate that lasted two years.\n\nWhat changes for riders\n\n" +
            "Fares stay the same until next summer, the council said, while the operator hires more drivers.",
            article.Text);
    }

    [Fact]
    public void Header_lines_give_date_title_and_byline_and_are_not_kept()
    {
        const string text = """
            Wednesday, June 19, 2024

            Council approves transit plan

            By Sam Writer

            The city council approved the new transit plan on Tuesday, ending a debate that lasted more than two years.

            Share this article

            Fares stay the same until next summer, the council said, while the operator hires more drivers.

            Leave a Reply

            Your email address will not be published. Required fields are marked *

            I think this is a terrible plan and the council should be ashamed of wasting our money again.
            """;

        var article = Cleaner.Clean(text, ArticleFormat.Text);

        Assert.Equal("Council approves transit plan", article.Title);
        Assert.Equal("Sam Writer", article.Author);
        Assert.Equal("2024-06-19", article.Published);
        Assert.Equal(
            "The city council approved the new transit plan on Tuesday, ending a debate that lasted more than two years.\n\n" +
            "Fares stay the same until next summer, the council said, while the operator hires more drivers.",
            article.Text);
    }

    [Fact]
    public void A_dateline_gives_the_date_when_no_header_has_one()
    {
        const string text = "PYONGYANG, June 19, 2024 (AP) — Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact on Wednesday.";

        Assert.Equal("2024-06-19", Cleaner.Clean(text, ArticleFormat.Text).Published);
    }

    [Fact]
    public void A_labelled_publication_date_wins_over_a_page_date_banner()
    {
        const string text = "Thu. Jul 18th, 2024\n\nPublished: 01:07 | 19 June 2024\n\nThe council approved the transit plan on Tuesday after a long debate in the city hall.";

        Assert.Equal("2024-06-19", Cleaner.Clean(text, ArticleFormat.Text).Published);
    }

    [Fact]
    public void Reader_comments_after_the_article_are_dropped()
    {
        const string text = """
            The city council approved the new transit plan on Tuesday, ending a debate that lasted more than two years.

            Fares stay the same until next summer, the council said, while the operator hires more drivers.

            12 Comments

            This is the best news I have read all year, thank you to everyone who campaigned for it.
            """;

        var article = Cleaner.Clean(text, ArticleFormat.Text);

        Assert.DoesNotContain("best news", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("hires more drivers.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_of_only_furniture_is_a_cleaning_exception()
    {
        Assert.Throws<CleaningException>(() => Cleaner.Clean("Share this article\n\nSubscribe now\n\nAdvertisement", ArticleFormat.Text));
    }

    [Theory]
    [InlineData("Venus stunned by Farina Elia\n\nVenus Williams was knocked out of the Sydney International in the first round on Monday.", "Venus stunned by Farina Elia", "Venus Williams was knocked out of the Sydney International in the first round on Monday.")]
    [InlineData("Venus stunned by Farina Elia\nVenus Williams lost in Sydney.", "Venus stunned by Farina Elia", "Venus Williams lost in Sydney.")]
    [InlineData("Obama wins\nBarack Obama won the election on Tuesday.", "Obama wins", "Barack Obama won the election on Tuesday.")]
    [InlineData("Markets rally as inflation cools\n\nStocks rose sharply on Wednesday.", "Markets rally as inflation cools", "Stocks rose sharply on Wednesday.")]
    [InlineData("Bayern siegt in Dortmund\n\nDer FC Bayern gewann am Samstag.", "Bayern siegt in Dortmund", "Der FC Bayern gewann am Samstag.")]
    public void A_headline_and_a_short_body_are_told_apart(string text, string title, string body)
    {
        var article = Cleaner.Clean(text, ArticleFormat.Text);

        Assert.Equal(title, article.Title);
        Assert.Equal(body, article.Text);
        Assert.Null(article.Author);
    }

    [Fact]
    public void A_headline_alone_is_kept_as_the_text()
    {
        var article = Cleaner.Clean("Council approves transit plan", ArticleFormat.Text);

        Assert.Equal("Council approves transit plan", article.Title);
        Assert.Equal("Council approves transit plan", article.Text);
    }

    [Fact]
    public void A_byline_with_a_cue_below_the_headline_still_gives_the_author()
    {
        const string text = "Venus stunned by Farina Elia\n\nVon Anna Schmidt\n\nVenus Williams was knocked out of the Sydney International in the first round on Monday.";

        var article = Cleaner.Clean(text, ArticleFormat.Text);

        Assert.Equal("Venus stunned by Farina Elia", article.Title);
        Assert.Equal("Anna Schmidt", article.Author);
        Assert.Equal("Venus Williams was knocked out of the Sydney International in the first round on Monday.", article.Text);
    }
}
