using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// Binds bool (a checkbox sends "true", then its hidden "false"): a value that is neither is an error at its field
/// and the form shows the box unticked, instead of failing when the page is drawn again with "maybe" in it.
/// </summary>
public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(bool) ? new Binder() : null;
    }

    private sealed class Binder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var name = bindingContext.ModelName;
            var result = bindingContext.ValueProvider.GetValue(name);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var text = result.FirstValue;
            var metadata = bindingContext.ModelMetadata;
            if (string.IsNullOrWhiteSpace(text))
            {
                bindingContext.ModelState.SetModelValue(name, result);
                if (metadata.IsReferenceOrNullableType)
                {
                    bindingContext.Result = ModelBindingResult.Success(null);
                }
                else
                {
                    bindingContext.ModelState.TryAddModelError(name, metadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(result.ToString()));
                }

                return Task.CompletedTask;
            }

            if (bool.TryParse(text.Trim(), out var value))
            {
                bindingContext.ModelState.SetModelValue(name, result);
                bindingContext.Result = ModelBindingResult.Success(value);
                return Task.CompletedTask;
            }

            // Kept as "false" so that the checkbox can be drawn again; the error names what was sent.
            bindingContext.ModelState.SetModelValue(name, false, text);
            bindingContext.ModelState.TryAddModelError(name, metadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, metadata.DisplayName ?? metadata.Name ?? name));
            return Task.CompletedTask;
        }
    }
}
