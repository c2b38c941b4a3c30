using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Tests;

public sealed class BylinesTests
{
    [Theory]
    [InlineData("Written by D. Michael DeRidder on June 19, 2024", "D. Michael DeRidder")]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("BY Jane Doe | Reuters", "Jane Doe")]
    [InlineData("Natasha Kumar By Natasha Kumar Jun20,2024", "Natasha Kumar")]
    [InlineData("By Anna-Lena Müller, 19 June 2024", "Anna-Lena Müller")]
    public void Reads_the_author_from_a_byline(string line, string author)
    {
        Assert.Equal(author, Bylines.AuthorOf(line));
    }

    [Theory]
    [InlineData("The treaty was signed by Putin on Wednesday.")]
    [InlineData("By the way, nothing happened")]
    [InlineData("Subscribe to the New American")]
    public void Does_not_take_sentences_for_bylines(string line)
    {
        Assert.Null(Bylines.AuthorOf(line));
    }
}
