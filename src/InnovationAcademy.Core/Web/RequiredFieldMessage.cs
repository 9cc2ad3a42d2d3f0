using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
        var found = false;
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            found = true;
            if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
            {
                required.ErrorMessage = Text;
            }
        }

        // A bool or a number is required by its type: MVC's client-side rules then make up an unworded [Required]
        // of their own ("The RegistrationOpen field is required."), unless the property already carries one.
        var type = context.Key.ModelType;
        if (!found && context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType && Nullable.GetUnderlyingType(type) is null)
        {
            context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute { ErrorMessage = Text });
        }
    }
}
