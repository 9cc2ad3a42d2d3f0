using Fluid;

namespace InnovationAcademy.Certificates.Services;

/// <summary>How one line of a rendered template is drawn.</summary>
public enum LayoutKind
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

public sealed record LayoutLine(LayoutKind Kind, string Text = "");

/// <summary>
/// Certificate templates: Liquid that writes the certificate's lines, one per line, marked like headings in
/// Markdown (<c>#</c>, <c>##</c>, <c>###</c>), with <c>[logo]</c> and <c>[signature]</c> where those go. The
/// verification QR code, address and code are always printed at the foot, whatever the template says, so that no
/// template can make a certificate unverifiable. Administrators write templates, so they run with a step limit and
/// see only the certificate's fields.
/// </summary>
public static partial class CertificateTemplates
{
    public const int MaxLines = 40;

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

    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = new() { MaxSteps = 10_000, MaxRecursion = 10 };

    public static string DefaultFor(string culture, bool cohort = false) =>
        cohort ? (culture == "en" ? CohortEnglish : CohortSpanish) : culture == "en" ? DefaultEnglish : DefaultSpanish;

    /// <summary>What is wrong with a template, or null when it can be used.</summary>
    public static string? Check(string template) => RuleProblem(template) ?? SyntaxProblem(template);

    /// <summary>A rule of ours the template breaks (a message to translate), or null.</summary>
    public static string? RuleProblem(string template) =>
        template.Length > 20_000 ? "A template has at most 20,000 characters."
        : Unsafe().IsMatch(template) ? "Loops and includes are not available in certificate templates: write each line out."
        : null;

    /// <summary>The Liquid parser's own message (in English, with where), or null.</summary>
    public static string? SyntaxProblem(string template) => Parser.TryParse(template, out _, out var error) ? null : error;

    /// <summary>
    /// Tags that repeat or pull in other text. A certificate has a handful of lines and needs none of them, and a
    /// loop over a huge range would hold a server for as long as it runs, steps limit or not.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{%-?\s*(for|tablerow|cycle|include|render|layout|block|while)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Unsafe();

    public static async Task<IReadOnlyList<LayoutLine>> RenderAsync(string? template, CertificateFields fields, bool cohort = false)
    {
        var source = string.IsNullOrWhiteSpace(template) || Check(template) is not null ? DefaultFor(fields.Culture, cohort) : template;
        if (!Parser.TryParse(source, out var parsed, out _))
        {
            // A template saved before a parser change, say: the default keeps certificates printable.
            parsed = Parser.Parse(DefaultFor(fields.Culture));
        }

        string text;
        try
        {
            text = await parsed.RenderAsync(Context(fields), NullEncoder.Default);
        }
        catch (InvalidOperationException)
        {
            // Too many steps (a loop without end): print the default rather than nothing.
            text = await Parser.Parse(DefaultFor(fields.Culture)).RenderAsync(Context(fields), NullEncoder.Default);
        }

        return Lines(text);
    }

    private static TemplateContext Context(CertificateFields fields)
    {
        var context = new TemplateContext(Options) { CultureInfo = fields.CultureInfo };
        context.SetValue("learner", new Dictionary<string, object> { ["name"] = fields.LearnerName });
        context.SetValue("course", new Dictionary<string, object> { ["title"] = fields.Title, ["hours"] = fields.HoursText });
        context.SetValue("issuer", new Dictionary<string, object> { ["name"] = fields.IssuerName });
        context.SetValue("signatory", new Dictionary<string, object> { ["name"] = fields.SignatoryName, ["title"] = fields.SignatoryTitle });
        context.SetValue("completed_on", fields.CompletedOnText);
        context.SetValue("issued_on", fields.IssuedOnText);
        context.SetValue("code", fields.Code);
        context.SetValue("verify_url", fields.VerifyUrl);
        return context;
    }

    private static List<LayoutLine> Lines(string text)
    {
        var lines = new List<LayoutLine>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()))
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
