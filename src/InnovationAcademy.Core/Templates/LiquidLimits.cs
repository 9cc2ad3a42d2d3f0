namespace InnovationAcademy.Core.Templates;

/// <summary>
/// A template went past one of <see cref="LiquidLimits"/>. <see cref="Problem"/> says which as a message to translate
/// with its arguments; <see cref="Exception.Message"/> is the same in English, for logs.
/// </summary>
public sealed class LiquidLimitException(LiquidProblem problem) : Exception(problem.ToString())
{
    public LiquidLimitException(string format, params object[] arguments) : this(new LiquidProblem(format, arguments))
    {
    }

    public LiquidProblem Problem { get; } = problem;
}

/// <summary>What is wrong with a template: a composite format (the text to translate) and its arguments.</summary>
public sealed record LiquidProblem(string Format, params object[] Arguments)
{
    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, Arguments);
}

public sealed record LiquidLimits
{
    /// <summary>Characters the whole render may write.</summary>
    public int MaxOutput { get; init; } = 50_000;

    /// <summary>Characters any one value may have (a string; an array counts its items, each at least 1).</summary>
    public int MaxValue { get; init; } = 20_000;

    /// <summary>Fluid's own statement counter: every output, assign, loop turn... (loops, hence time).</summary>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>Nesting of loops / scopes.</summary>
    public int MaxRecursion { get; init; } = 20;

    /// <summary>Widths and precisions in date formats (<c>%100Y</c>).</summary>
    public int MaxWidth { get; init; } = 100;

    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMilliseconds(500);
}
