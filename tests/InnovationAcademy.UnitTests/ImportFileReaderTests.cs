using System.Text;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Enrollments.Services;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>The enrolment files administrators bring, as spreadsheets save them.</summary>
public sealed class ImportFileReaderTests
{
    private const string Names = "email,name\r\nana@x.org,Ana Núñez Ibáñez\r\n";

    static ImportFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Every_encoding_spreadsheets_save_decodes_to_the_same_spanish_text()
    {
        byte[][] files =
        [
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Names)],
            Encoding.UTF8.GetBytes(Names),
            Encoding.GetEncoding(1252).GetBytes(Names),
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Names)],
        ];

        foreach (var file in files)
        {
            Assert.Equal(Names, UploadedText.Decode(file));
        }
    }

    [Fact]
    public void Spanish_headers_semicolons_and_quoted_fields_are_read_in_any_column_order()
    {
        var (lines, error) = ImportFileReader.Read("Idioma;Nombre completo;Correo electrónico\r\nen;\"Peña; José\";jose@x.org\r\n\r\n;María;maria@x.org\r\n");
        Assert.Null(error);
        Assert.Equal([new ImportLine(2, "jose@x.org", "Peña; José", "en"), new ImportLine(4, "maria@x.org", "María", "")], lines);
    }

    [Fact]
    public void A_file_without_a_header_is_email_then_name_then_language()
    {
        var (lines, error) = ImportFileReader.Read("ana@x.org,Ana\r\nbeto@x.org,Beto,en");
        Assert.Null(error);
        Assert.Equal(["ana@x.org", "beto@x.org"], lines.Select(l => l.Email));
        Assert.Equal("en", lines[1].Language);
        Assert.Equal("", lines[0].Language);
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("nombre,apellidos\r\nAna,Núñez", "The first line must name the columns: email, name and, if you like, language.")]
    [InlineData("email;name\r\n", "The file has no learners, only a header.")]
    public void Unreadable_files_say_why(string text, string expected) =>
        Assert.Equal(expected, ImportFileReader.Read(text).Error);

    [Fact]
    public void More_lines_than_one_file_may_hold_are_refused()
    {
        var text = "email,name\n" + string.Concat(Enumerable.Range(0, ImportFileReader.MaxRows + 1).Select(i => $"p{i}@x.org,P{i}\n"));
        Assert.NotNull(ImportFileReader.Read(text).Error);
    }
}
