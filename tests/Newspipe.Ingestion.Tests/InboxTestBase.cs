namespace Newspipe.Ingestion.Tests;

/// <summary>A fresh inbox folder per test, watched with a short settle time.</summary>
public abstract class InboxTestBase : IDisposable
{
    protected static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    protected InboxTestBase() => Directory.CreateDirectory(Root);

    protected TempFolder Temp { get; } = new();

    protected string Root => Temp.Combine("inbox");

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    protected InboxOptions Options(ProcessedFileAction after = ProcessedFileAction.Move) => new()
    {
        Path = Root,
        SettleTime = Settle,
        AfterProcessing = after,
    };
}
