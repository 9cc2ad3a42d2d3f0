using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace InnovationAcademy.Core.Templates;

/// <summary>
/// Fluid with limits. Parse with <see cref="TryParse"/> (rewrites capture and ranges) and render with
/// <see cref="RenderAsync"/> (a <see cref="LimitedContext"/> and a writer that stops at MaxOutput).
/// Everything past a limit throws <see cref="LiquidLimitException"/>.
/// </summary>
public sealed partial class LiquidSandbox
{
    public LiquidLimits Limits { get; }
    public FluidParser Parser { get; } = new();
    public TemplateOptions Options { get; }

    public LiquidSandbox(LiquidLimits? limits = null, TemplateOptions? options = null)
    {
        Limits = limits ?? new LiquidLimits();
        // ifchanged buffers its body in a StringWriter of its own, with no limit; include/render need files we do not have.
        foreach (var tag in new[] { "ifchanged", "include", "render" })
        {
            Parser.RegisteredTags.Remove(tag);
        }

        Options = options ?? new TemplateOptions();
        Options.MaxSteps = Limits.MaxSteps;
        Options.MaxRecursion = Limits.MaxRecursion;
        Options.StrictFilters = true; // an unknown filter is an error at the trial render, not a silent no-op
        // Fluid extras whose format strings can pad to a million characters, and which no template of ours uses.
        foreach (var name in new[] { "format_string", "format_number", "format_date" })
        {
            Options.Filters.Remove(name);
        }

        Options.Assigned = (_, value, context) => new(Limited(context).Checked(value, "assign"));
        foreach (var (name, filter) in Options.Filters.ToList())
        {
            Options.Filters.AddFilter(name, Guard(name, filter));
        }
    }

    public bool TryParse(string source, out IFluidTemplate template, out string error)
    {
        // Fluid's parser recurses once per '[': a[a[a[...]]] 3,000 deep (9 KB) overflows the stack and kills the process.
        int depth = 0, deepest = 0;
        foreach (var ch in source)
        {
            deepest = Math.Max(deepest, depth += ch == '[' ? 1 : ch == ']' && depth > 0 ? -1 : 0);
        }

        if (deepest > 10)
        {
            (template, error) = (null!, "Brackets '[' nest at most 10 deep.");
            return false;
        }

        if (!Parser.TryParse(source, out template, out error))
        {
            return false;
        }

        template = new Rewriter().VisitTemplate(template);
        return true;
    }

    /// <summary>A context that carries the limits and the clock; put the model in with SetValue.</summary>
    public LimitedContext Context(object? model = null, CancellationToken cancellationToken = default) =>
        model is null ? new LimitedContext(Options, Limits, cancellationToken) : new LimitedContext(model, Options, Limits, cancellationToken);

    public async Task<string> RenderAsync(IFluidTemplate template, LimitedContext context, TextEncoder? encoder = null)
    {
        context.Start();
        var writer = new LimitedWriter(Limits.MaxOutput, context, "The output would be longer than {0:N0} characters.");
        try
        {
            await template.RenderAsync(writer, context, encoder ?? NullEncoder.Default); // isolates the scope, as RenderAsync(context) does
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal))
        {
            // Fluid throws this one message for both MaxSteps and MaxRecursion; its step counter tells them apart.
            throw context.StepsExhausted
                ? new LiquidLimitException("The template runs more than {0:N0} steps (a loop too long?).", Limits.MaxSteps)
                : new LiquidLimitException("Loops nest more than {0} deep.", Limits.MaxRecursion);
        }

        return writer.ToString();
    }

    /// <summary>
    /// For the editor, on save: null when <paramref name="source"/> parses and renders within the limits with the
    /// sample data, or the reason (a parse error, a limit, or any error a filter throws).
    /// </summary>
    public async Task<LiquidProblem?> TrialAsync(string source, Action<TemplateContext> sample)
    {
        if (!TryParse(source, out var template, out var error))
        {
            return new LiquidProblem("The template is not valid Liquid: {0}", error);
        }

        try
        {
            var context = Context();
            sample(context);
            await RenderAsync(template, context);
            return null;
        }
        catch (LiquidLimitException e)
        {
            return e.Problem;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new LiquidProblem("The template fails when it runs: {0}", e.Message);
        }
    }

    private static LimitedContext Limited(TemplateContext context) =>
        context as LimitedContext ?? throw new InvalidOperationException("Render these options with LiquidSandbox.Context().");

    private FilterDelegate Guard(string name, FilterDelegate inner)
    {
        Action<FluidValue, FilterArguments, LimitedContext>? before = name switch
        {
            "replace" => (input, args, c) =>
            {
                string s = input.ToStringValue(), from = args.At(0).ToStringValue(), to = args.At(1).ToStringValue();
                if (from.Length > 0 && to.Length > from.Length)
                {
                    long count = 0;
                    for (var i = s.IndexOf(from, StringComparison.Ordinal); i >= 0; i = s.IndexOf(from, i + from.Length, StringComparison.Ordinal))
                    {
                        count++;
                    }

                    c.CheckLength(s.Length + count * (to.Length - from.Length), "replace");
                }
            },
            "join" => (input, args, c) =>
            {
                if (input is ArrayValue array)
                {
                    c.CheckLength(c.Size(input) + (long)Math.Max(0, array.Values.Count - 1) * args.At(0).ToStringValue().Length, "join");
                }
            },
            "date" => (_, args, c) =>
            {
                foreach (Match m in DateWidth().Matches(args.At(0).ToStringValue()))
                {
                    if (m.Groups[1].Value.Length > 4 || int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > Limits.MaxWidth)
                    {
                        throw new LiquidLimitException("A width in a date format is at most {0}.", Limits.MaxWidth);
                    }
                }
            },
            _ => null,
        };

        return (input, args, context) =>
        {
            var c = Limited(context);
            c.Tick();
            before?.Invoke(input, args, c);
            var task = inner(input, args, context);
            return task.IsCompletedSuccessfully ? new(c.Checked(task.Result, name)) : Awaited(task, c, name);
        };

        static async ValueTask<FluidValue> Awaited(ValueTask<FluidValue> task, LimitedContext c, string name) => c.Checked(await task, name);
    }

    [GeneratedRegex(@"%[-_^:#0]*(\d+)")]
    private static partial Regex DateWidth();

    /// <summary>Swaps capture for one that writes through a LimitedWriter, and ranges for ones that refuse to be huge.</summary>
    private sealed class Rewriter : AstRewriter
    {
        protected override Statement VisitCaptureStatement(CaptureStatement capture)
        {
            TryRewriteStatements(capture.Statements, out var statements);
            return new LimitedCapture(capture.Identifier, statements);
        }

        protected override Expression VisitRangeExpression(RangeExpression range)
        {
            TryRewriteExpression(range.From, out var from);
            TryRewriteExpression(range.To, out var to);
            return new LimitedRange(from, to);
        }
    }

    private sealed class LimitedCapture(string identifier, IReadOnlyList<Statement> statements) : Statement
    {
        public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            var c = Limited(context);
            c.IncrementSteps();
            var inner = new LimitedWriter(c.Limits.MaxValue, c, "The capture '{1}' would be longer than {0:N0} characters.", identifier);
            var completion = Completion.Normal;
            foreach (var statement in statements)
            {
                completion = await statement.WriteToAsync(inner, encoder, context);
                if (completion != Completion.Normal)
                {
                    break;
                }
            }

            FluidValue value = new StringValue(inner.ToString(), encode: false);
            if (context.Captured is { } captured)
            {
                value = await captured(identifier, value, context);
            }

            context.SetValue(identifier, value);
            return completion;
        }
    }

    private sealed class LimitedRange(Expression from, Expression to) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var c = Limited(context);
            var start = (await from.EvaluateAsync(context)).ToNumberValue();
            var end = (await to.EvaluateAsync(context)).ToNumberValue();
            var max = Math.Min(c.Limits.MaxSteps, c.Limits.MaxValue);
            if (end - start + 1 > max)
            {
                throw new LiquidLimitException("A range has at most {0:N0} numbers.", max);
            }

            var numbers = new List<FluidValue>();
            for (long i = Convert.ToInt32(start), last = Convert.ToInt32(end); i <= last; i++)
            {
                numbers.Add(NumberValue.Create(i));
            }

            return new ArrayValue(numbers);
        }
    }
}
