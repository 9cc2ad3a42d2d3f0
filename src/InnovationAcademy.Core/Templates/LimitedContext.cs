using System.Diagnostics;
using Fluid;
using Fluid.Values;

namespace InnovationAcademy.Core.Templates;

/// <summary>A Fluid context that carries the limits, a deadline and the caller's cancellation.</summary>
public sealed class LimitedContext : TemplateContext
{
    private readonly CancellationToken _cancellationToken;
    private long _deadline = long.MaxValue;

    public LiquidLimits Limits { get; }

    public LimitedContext(TemplateOptions options, LiquidLimits limits, CancellationToken cancellationToken) : base(options)
    {
        Limits = limits;
        _cancellationToken = cancellationToken;
    }

    public LimitedContext(object model, TemplateOptions options, LiquidLimits limits, CancellationToken cancellationToken) : base(model, options)
    {
        Limits = limits;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Fluid's own counter (protected in TemplateContext) is past MaxSteps.</summary>
    public bool StepsExhausted => MaxSteps > 0 && _steps > MaxSteps;

    /// <summary>The time budget counts from here (LiquidSandbox.RenderAsync calls it; several renders share it).</summary>
    public void Start()
    {
        if (_deadline == long.MaxValue)
        {
            _deadline = Stopwatch.GetTimestamp() + (long)(Limits.TimeBudget.TotalSeconds * Stopwatch.Frequency);
        }
    }

    /// <summary>Called on every write, filter, assign, capture: the clock and the caller's token.</summary>
    public void Tick()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new LiquidLimitException("The template takes more than {0:N0} ms to render.", Limits.TimeBudget.TotalMilliseconds);
        }
    }

    public void CheckLength(long length, string what)
    {
        if (length > Limits.MaxValue)
        {
            throw new LiquidLimitException("'{0}' would make a value of {1:N0} characters; at most {2:N0}.", what, length, Limits.MaxValue);
        }
    }

    public FluidValue Checked(FluidValue value, string what)
    {
        Tick();
        CheckLength(Size(value), what);
        return value;
    }

    /// <summary>Characters of a string; an array's items added up (each at least 1), stopping past the limit.</summary>
    public long Size(FluidValue value)
    {
        switch (value)
        {
            case StringValue s:
                return s.ToStringValue().Length;
            case ArrayValue a:
                long total = 0;
                foreach (var item in a.Values)
                {
                    total += Math.Max(1, Size(item));
                    if (total > Limits.MaxValue)
                    {
                        break;
                    }
                }

                return total;
            default:
                return 1;
        }
    }
}
