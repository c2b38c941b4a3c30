namespace Newspipe.Cleaning;

/// <summary>The content cannot yield an article (for example it holds no text at all); the message says why.</summary>
public sealed class CleaningException : Exception
{
    public CleaningException(string message)
        : base(message)
    {
    }

    public CleaningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
