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
    [InlineData("Von Anna Schmidt, 3. Mai 2024", "Anna Schmidt")]
    [InlineData("Par Marie Dupont | Le Courrier", "Marie Dupont")]
    [InlineData("Por Javier Ruiz", "Javier Ruiz")]
    [InlineData("Author: Jane Doe", "Jane Doe")]
    [InlineData("Autorin: Anna-Lena Müller", "Anna-Lena Müller")]
    [InlineData("Tom Hale, Local Democracy Reporter", "Tom Hale")]
    [InlineData("Marie Dupont – correspondante à Bruxelles", "Marie Dupont")]
    public void Reads_the_author_from_a_byline(string line, string author)
    {
        Assert.Equal(author, Bylines.AuthorOf(line));
    }

    [Theory]
    [InlineData("The treaty was signed by Putin on Wednesday.")]
    [InlineData("By the way, nothing happened")]
    [InlineData("Subscribe to the New American")]
    [InlineData("Venus stunned by Farina Elia")]
    [InlineData("Venus Stunned By Farina Elia")]
    [InlineData("Champions League: Bayern beaten by Real Madrid")]
    [InlineData("Von der Leyen warns of trade war")]
    public void Does_not_take_sentences_for_bylines(string line)
    {
        Assert.Null(Bylines.AuthorOf(line));
    }
}
