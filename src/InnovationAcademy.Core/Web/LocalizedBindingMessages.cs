using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// The messages model binding writes when a value cannot be read ("abc" for a number), in the user's language and
/// without the property's code name: they show at the field, which already says what it is.
/// </summary>
internal sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var T = factory.Create(typeof(LocalizedBindingMessages));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => T["“{0}” is not a valid value here.", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["“{0}” is not a valid value here.", value]);
        messages.SetValueIsInvalidAccessor(value => T["“{0}” is not a valid value here.", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => T["This value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["This value is not valid."]);
        messages.SetValueMustBeANumberAccessor(_ => T["Enter a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => T["Enter a number."]);
        messages.SetValueMustNotBeNullAccessor(_ => T["A value is required."]);
        messages.SetMissingBindRequiredValueAccessor(_ => T["A value is required."]);
        messages.SetMissingKeyOrValueAccessor(() => T["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => T["The form was sent empty."]);
    }
}
