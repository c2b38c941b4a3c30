namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Membership of a single word in the word lists, as bits.</summary>
internal static class WordClass
{
    public const int GivenName = 1;
    public const int SurnameFirst = 2;
    public const int OrganizationWord = 4;
    public const int LocationWord = 8;
    public const int Title = 16;
    public const int Demonym = 32;
    public const int NeverName = 64;
    public const int CommonWord = 128;
    public const int StopWord = 256;
    public const int Listed = 512;

    public const int Bits = 10;
}
