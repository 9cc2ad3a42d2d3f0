using System.Text;

namespace InnovationAcademy.Core.Templates;

/// <summary>A writer into a StringBuilder that throws past <c>max</c> characters, and looks at the clock now and then.</summary>
/// <param name="tooLong">The message past the limit, with the limit as {0} and any <paramref name="arguments"/> after it.</param>
public sealed class LimitedWriter(int max, LimitedContext context, string tooLong, params object[] arguments) : TextWriter
{
    private readonly StringBuilder _text = new();
    private int _sinceTick;

    public override Encoding Encoding => Encoding.Unicode;

    public override string ToString() => _text.ToString();

    private StringBuilder Room(int count)
    {
        if (_text.Length + (long)count > max)
        {
            throw new LiquidLimitException(tooLong, [max, .. arguments]);
        }

        if ((_sinceTick += count + 1) > 4096)
        {
            _sinceTick = 0;
            context.Tick();
        }

        return _text;
    }

    public override void Write(char value) => Room(1).Append(value);
    public override void Write(char[] buffer, int index, int count) => Room(count).Append(buffer, index, count);
    public override void Write(ReadOnlySpan<char> buffer) => Room(buffer.Length).Append(buffer);
    public override void Write(string? value) => Room(value?.Length ?? 0).Append(value);
    public override void Write(StringBuilder? value) => Room(value?.Length ?? 0).Append(value);
    public override Task WriteAsync(char value) { Write(value); return Task.CompletedTask; }
    public override Task WriteAsync(string? value) { Write(value); return Task.CompletedTask; }
    public override Task WriteAsync(char[] buffer, int index, int count) { Write(buffer, index, count); return Task.CompletedTask; }
    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) { Write(buffer.Span); return Task.CompletedTask; }
    public override Task WriteAsync(StringBuilder? value, CancellationToken cancellationToken = default) { Write(value); return Task.CompletedTask; }
    public override Task FlushAsync() => Task.CompletedTask;
}
