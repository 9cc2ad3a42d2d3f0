using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// A required field left empty says so in the reader's language and without the property's code name: MVC's
/// implicit [Required] on non-nullable values, and any [Required] without its own message, would otherwise write
/// the framework's English ("The DeviceId field is required.").
/// </summary>
internal sealed class RequiredFieldMessage : IValidationMetadataProvider
{
    // A key of the localization files, translated by data-annotations localization like any other message.
    public const string Text = "A value is required.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
            {
                required.ErrorMessage = Text;
            }
        }
    }
}
