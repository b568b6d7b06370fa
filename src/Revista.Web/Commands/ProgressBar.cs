namespace Revista.Web.Commands;

/// <summary>A one-line progress bar on the terminal's error stream; absent when output is redirected, so logs stay clean.</summary>
internal sealed class ProgressBar(TextWriter terminal, int total)
{
    private const int Width = 30;

    public static ProgressBar? ForTerminal(TextWriter output, TextWriter error, int total) =>
        ReferenceEquals(output, Console.Out) && ReferenceEquals(error, Console.Error) && !Console.IsOutputRedirected && !Console.IsErrorRedirected && total > 1
            ? new ProgressBar(error, total)
            : null;

    public void Draw(int done)
    {
        var filled = total == 0 ? Width : done * Width / total;
        terminal.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}");
    }

    public void Clear() => terminal.Write("\r" + new string(' ', Width + 24) + "\r");
}
