using InnovationAcademy.Core.Email;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>What the platform takes as a person's e-mail address, from a form, a file or a recipe.</summary>
public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("ana@correo.example")]
    [InlineData("inés.muñoz@municipio.gob.pe")]
    [InlineData("jose+cursos@lab.gob.ec")]
    public void A_plain_address_is_taken(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("x@[127.0.0.1]")]
    [InlineData("Ana <ana@correo.example>")]
    [InlineData("ana@localhost")]
    [InlineData("ana @correo.example")]
    [InlineData("ana@correo.example\n")]
    [InlineData("no-es-un-correo")]
    public void What_names_no_mailbox_a_person_reads_is_refused(string address) => Assert.False(EmailAddress.IsValid(address));
}
