using System.Diagnostics;
using Xunit;
using InnovationAcademy.Certificates.Services;

namespace InnovationAcademy.UnitTests;

/// <summary>
/// Certificate templates are written by course administrators: each hostile one here took seconds and gigabytes
/// before the sandbox (the first made one PDF take 2 GB); now each is refused on save with the limit it breaks, fast.
/// </summary>
public sealed class LiquidSandboxTests
{
    public static TheoryData<string, string> Hostile() => new()
    {
        { "append doubling", "{% assign a = 'xxxxxxxxxx' %}" + string.Concat(Enumerable.Repeat("{% assign a = a | append: a %}", 25)) + "{{ a }}" },
        { "prepend doubling", "{% assign a = 'xxxxxxxxxx' %}" + string.Concat(Enumerable.Repeat("{% assign a = a | prepend: a %}", 25)) + "{{ a }}" },
        { "capture doubling", "{% assign a = 'xxxxxxxxxx' %}" + string.Concat(Enumerable.Repeat("{% capture a %}{{ a }}{{ a }}{% endcapture %}", 25)) + "{{ a }}" },
        { "huge range", "{% assign r = (1..200000000) %}{{ r | size }}" },
        { "replace square", "{% assign a = 'xxxxxxxxxx' | append: 'xxxxxxxxxx' %}{{ a | replace: 'x', a | replace: 'x', a }}" },
        { "date width", "{{ 'now' | date: '%500000000Y' }}" },
        { "bracket nesting", "{{ " + new string('a', 1) + string.Concat(Enumerable.Repeat("[a", 3000)) + new string(']', 3000) + " }}" },
        { "division by zero", "{{ 1 | divided_by: 0 }}" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_template_is_refused_on_save_with_a_reason_quickly(string name, string template)
    {
        var before = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var problem = await CertificateTemplates.CheckAsync(template);
        watch.Stop();
        Assert.False(problem is null, $"{name} was accepted");
        Assert.True(watch.ElapsedMilliseconds < 2_000, $"{name}: {watch.ElapsedMilliseconds} ms");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 200_000_000, $"{name}: {(GC.GetTotalAllocatedBytes() - before) / 1_000_000} MB");
    }

    [Fact]
    public async Task A_saved_template_that_breaks_a_limit_prints_the_default_and_says_why()
    {
        // As one saved before the limits (or by an old recipe) would be: a long name doubled five times.
        var template = "{% assign n = learner.name %}" + string.Concat(Enumerable.Repeat("{% assign n = n | append: n %}", 5)) + "## {{ n }}";
        var fields = new CertificateFields(new string('N', 200), "Curso", 22, new DateOnly(2026, 3, 5), DateTime.UtcNow, new DateOnly(2026, 3, 5), "Lab", "Ana", "Directora", "ABCD-EFGH-JKLM-NPQR", "http://localhost/certificates/verify/ABCD-EFGH-JKLM-NPQR", "es");
        var (lines, fellBack) = await CertificateTemplates.RenderAsync(template, fields);
        Assert.NotNull(fellBack);
        Assert.Contains(new LayoutLine(LayoutKind.Heading, fields.LearnerName), lines);
        Assert.Contains(new LayoutLine(LayoutKind.Title, "Certificado"), lines);
    }

    [Fact]
    public async Task A_name_with_line_breaks_cannot_add_lines_to_a_certificate()
    {
        var fields = new CertificateFields("Ana Pérez\n# Doctorado Honoris Causa\n[signature]", "Curso", 22, new DateOnly(2026, 3, 5), DateTime.UtcNow, new DateOnly(2026, 3, 5), "Lab", "Ana", "Directora", "ABCD-EFGH-JKLM-NPQR", "http://localhost/v", "es");
        var (lines, _) = await CertificateTemplates.RenderAsync(null, fields);
        Assert.DoesNotContain(lines, l => l.Kind == LayoutKind.Title && l.Text.Contains("Doctorado", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Kind == LayoutKind.Signature);
        Assert.Contains(new LayoutLine(LayoutKind.Heading, "Ana Pérez # Doctorado Honoris Causa [signature]"), lines);
    }

    [Fact]
    public async Task An_ordinary_template_with_conditions_and_filters_still_renders()
    {
        const string template = "# {{ course.title | upcase }}\n{% if course.hours != '' %}{{ course.hours }} h{% else %}—{% endif %}\n{% capture who %}{{ learner.name | split: ' ' | first }}{% endcapture %}## {{ who }}";
        Assert.Null(await CertificateTemplates.CheckAsync(template));
        var fields = new CertificateFields("María José Quispe", "Innovación", 22, new DateOnly(2026, 3, 5), DateTime.UtcNow, new DateOnly(2026, 3, 5), "Lab", "Ana", "Directora", "ABCD-EFGH-JKLM-NPQR", "http://localhost/v", "es");
        var (lines, fellBack) = await CertificateTemplates.RenderAsync(template, fields);
        Assert.Null(fellBack);
        Assert.Equal([new LayoutLine(LayoutKind.Title, "INNOVACIÓN"), new LayoutLine(LayoutKind.Text, "22 h"), new LayoutLine(LayoutKind.Heading, "María")], lines);
    }
}
