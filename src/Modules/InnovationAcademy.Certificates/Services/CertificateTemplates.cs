using Fluid;
using InnovationAcademy.Core.Templates;

namespace InnovationAcademy.Certificates.Services;

/// <summary>How one line of a rendered template is drawn.</summary>
internal enum LayoutKind
{
    /// <summary><c># …</c></summary>
    Title,

    /// <summary><c>## …</c>: the learner's name, as a rule.</summary>
    Heading,

    /// <summary><c>### …</c></summary>
    Subheading,

    Text,

    /// <summary>An empty line.</summary>
    Gap,

    /// <summary><c>[logo]</c>: the issuer's logo.</summary>
    Logo,

    /// <summary><c>[signature]</c>: a line to sign on, the signatory's name and title.</summary>
    Signature,
}

internal sealed record LayoutLine(LayoutKind Kind, string Text = "");

/// <summary>
/// Certificate templates: Liquid that writes the certificate's lines, one per line, marked like headings in
/// Markdown (<c>#</c>, <c>##</c>, <c>###</c>), with <c>[logo]</c> and <c>[signature]</c> where those go. The
/// verification QR code, address and code are always printed at the foot, whatever the template says, so that no
/// template can make a certificate unverifiable. Administrators write templates, so they run in a sandbox (steps,
/// value and output sizes, time) and see only the certificate's fields; a template that breaks a limit is refused on
/// save, and one that breaks it later (a longer learner's name) prints the default instead.
/// </summary>
internal static partial class CertificateTemplates
{
    public const int MaxLines = 40;

    /// <summary>Characters one line keeps: three lines of a page's width in the smallest type.</summary>
    public const int MaxLineLength = 300;

    public const string DefaultSpanish = """
        [logo]
        # Certificado
        {{ issuer.name }} certifica que

        ## {{ learner.name }}

        ha completado el curso
        ### {{ course.title }}
        con {{ course.hours }} horas de aprendizaje, el {{ completed_on }}.

        [signature]
        """;

    public const string DefaultEnglish = """
        [logo]
        # Certificate
        {{ issuer.name }} certifies that

        ## {{ learner.name }}

        has completed the course
        ### {{ course.title }}
        with {{ course.hours }} learning hours, on {{ completed_on }}.

        [signature]
        """;

    /// <summary>A cohort's graduates: "the programme", not "the course".</summary>
    public const string CohortSpanish = """
        [logo]
        # Certificado
        {{ issuer.name }} certifica que

        ## {{ learner.name }}

        ha completado el itinerario
        ### {{ course.title }}
        con {{ course.hours }} horas de formación, el {{ completed_on }}.

        [signature]
        """;

    public const string CohortEnglish = """
        [logo]
        # Certificate
        {{ issuer.name }} certifies that

        ## {{ learner.name }}

        has completed the learning journey
        ### {{ course.title }}
        with {{ course.hours }} hours of training, on {{ completed_on }}.

        [signature]
        """;

    /// <summary>A certificate has a few short lines: far less room than a page of e-mail.</summary>
    private static readonly LiquidSandbox Sandbox = new(new LiquidLimits
    {
        MaxOutput = 20_000,
        MaxValue = 5_000,
        MaxSteps = 2_000,
        MaxRecursion = 10,
        TimeBudget = TimeSpan.FromMilliseconds(250),
    });

    /// <summary>The longest fields a certificate can carry, so that a trial shows what the worst case does.</summary>
    private static readonly CertificateFields Longest = new(
        new string('M', 200), new string('T', 300), 999.5m, new DateOnly(2026, 12, 31), new DateTime(2026, 12, 31, 12, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 12, 31),
        new string('I', 200), new string('S', 200), new string('P', 200), "ABCD-EFGH-JKLM-NPQR", "https://academia.example.org/certificates/verify/ABCD-EFGH-JKLM-NPQR", "es");

    public static string DefaultFor(string culture, bool cohort = false) =>
        cohort ? (culture == "en" ? CohortEnglish : CohortSpanish) : culture == "en" ? DefaultEnglish : DefaultSpanish;

    /// <summary>What is wrong with a template (a rule, the syntax, or a limit it breaks with the longest fields), or null.</summary>
    public static async Task<LiquidProblem?> CheckAsync(string template) =>
        RuleProblem(template) ?? (SyntaxProblem(template) is { } syntax ? new LiquidProblem("The template is not valid Liquid: {0}", syntax) : null)
        ?? await LimitProblemAsync(template);

    /// <summary>A rule of ours the template breaks (a message to translate), or null.</summary>
    public static LiquidProblem? RuleProblem(string template) =>
        template.Length > 20_000 ? new LiquidProblem("A template has at most {0:N0} characters.", 20_000)
        : Unsafe().IsMatch(template) ? new LiquidProblem("Loops and includes are not available in certificate templates: write each line out.")
        : null;

    /// <summary>The Liquid parser's own message (in English, with where), or null.</summary>
    public static string? SyntaxProblem(string template) => Sandbox.TryParse(template, out _, out var error) ? null : error;

    /// <summary>The limit a trial render with the longest fields breaks, or null.</summary>
    public static Task<LiquidProblem?> LimitProblemAsync(string template) => Sandbox.TrialAsync(template, context => Fill(context, Longest));

    /// <summary>
    /// Tags that repeat or pull in other text. A certificate has a handful of lines and needs none of them; the
    /// sandbox would stop them, but an editor learns it here, in words.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{%-?\s*(for|tablerow|cycle|include|render|layout|block|while)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Unsafe();

    /// <summary>The lines to print, and why the default was printed instead (null when the template worked).</summary>
    public static async Task<(IReadOnlyList<LayoutLine> Lines, string? FellBack)> RenderAsync(string? template, CertificateFields fields, bool cohort = false, CancellationToken cancellationToken = default)
    {
        var fallback = DefaultFor(fields.Culture, cohort);
        if (string.IsNullOrWhiteSpace(template))
        {
            return (Lines(await RenderSourceAsync(fallback, fields, cancellationToken)), null);
        }

        var reason = RuleProblem(template);
        if (reason is null)
        {
            try
            {
                return (Lines(await RenderSourceAsync(template, fields, cancellationToken)), null);
            }
            catch (LiquidLimitException limit)
            {
                reason = limit.Problem;
            }
            catch (Exception error) when (error is not OutOfMemoryException and not OperationCanceledException)
            {
                // A filter that fails on these fields (a division by zero, say): the default keeps certificates printable.
                reason = new LiquidProblem("The template fails when it runs: {0}", error.Message);
            }
        }

        return (Lines(await RenderSourceAsync(fallback, fields, cancellationToken)), reason?.ToString());
    }

    private static async Task<string> RenderSourceAsync(string source, CertificateFields fields, CancellationToken cancellationToken)
    {
        if (!Sandbox.TryParse(source, out var parsed, out var error))
        {
            throw new LiquidLimitException("The template is not valid Liquid: " + error);
        }

        var context = Sandbox.Context(cancellationToken: cancellationToken);
        Fill(context, fields);
        return await Sandbox.RenderAsync(parsed, context);
    }

    private static void Fill(TemplateContext context, CertificateFields original)
    {
        // A field is one line: a name with a line break in it must not add lines ("# Doctorado…") to the certificate.
        var fields = original with
        {
            LearnerName = OneLine(original.LearnerName),
            Title = OneLine(original.Title),
            IssuerName = OneLine(original.IssuerName),
            SignatoryName = OneLine(original.SignatoryName),
            SignatoryTitle = OneLine(original.SignatoryTitle),
        };
        context.CultureInfo = fields.CultureInfo;
        context.SetValue("learner", new Dictionary<string, object> { ["name"] = fields.LearnerName });
        context.SetValue("course", new Dictionary<string, object> { ["title"] = fields.Title, ["hours"] = fields.HoursText });
        context.SetValue("issuer", new Dictionary<string, object> { ["name"] = fields.IssuerName });
        context.SetValue("signatory", new Dictionary<string, object> { ["name"] = fields.SignatoryName, ["title"] = fields.SignatoryTitle });
        context.SetValue("completed_on", fields.CompletedOnText);
        context.SetValue("issued_on", fields.IssuedOnText);
        context.SetValue("code", fields.Code);
        context.SetValue("verify_url", fields.VerifyUrl);
    }

    private static string OneLine(string value) =>
        string.Join(' ', value.Split((char[])[.. value.Where(char.IsControl).Distinct()], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<LayoutLine> Lines(string text)
    {
        var lines = new List<LayoutLine>();
        // A line longer than a certificate can show is cut: drawing it would only cost time (it is wrapped word by word).
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => (l.Length > MaxLineLength ? l[..MaxLineLength] : l).Trim()))
        {
            var line = raw switch
            {
                "" or "#" or "##" or "###" => new LayoutLine(LayoutKind.Gap),
                "[logo]" => new LayoutLine(LayoutKind.Logo),
                "[signature]" => new LayoutLine(LayoutKind.Signature),
                _ when raw.StartsWith("### ", StringComparison.Ordinal) => new LayoutLine(LayoutKind.Subheading, raw[4..].Trim()),
                _ when raw.StartsWith("## ", StringComparison.Ordinal) => new LayoutLine(LayoutKind.Heading, raw[3..].Trim()),
                _ when raw.StartsWith("# ", StringComparison.Ordinal) => new LayoutLine(LayoutKind.Title, raw[2..].Trim()),
                _ => new LayoutLine(LayoutKind.Text, raw),
            };

            // Runs of empty lines are one gap; a template cannot push the text off the page with them.
            if (line.Kind == LayoutKind.Gap && (lines.Count == 0 || lines[^1].Kind == LayoutKind.Gap))
            {
                continue;
            }

            lines.Add(line);
        }

        return lines.Take(MaxLines).ToList();
    }
}
