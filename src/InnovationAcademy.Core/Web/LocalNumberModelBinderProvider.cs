using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// Binds decimal, double and float (and their nullable forms) with <see cref="LocalNumber"/> instead of MVC's own
/// binders, which read form values in the request's culture with thousands allowed: in Spanish "24.0" became 240.
/// A value that cannot be read is an error at its field, never a guess.
/// </summary>
public sealed class LocalNumberModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        return type == typeof(decimal) || type == typeof(double) || type == typeof(float) ? new Binder(type) : null;
    }

    private sealed class Binder(Type type) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var name = bindingContext.ModelName;
            var result = bindingContext.ValueProvider.GetValue(name);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(name, result);
            var metadata = bindingContext.ModelMetadata;
            var text = result.FirstValue;
            if (string.IsNullOrWhiteSpace(text))
            {
                // As MVC's own binders: empty is null for a nullable number, and a required value for the others.
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

            object? model = null;
            if (type == typeof(decimal) && LocalNumber.TryParse(text, out decimal number))
            {
                model = number;
            }
            else if (type != typeof(decimal) && LocalNumber.TryParse(text, out double real) && (type == typeof(double) || Math.Abs(real) <= float.MaxValue))
            {
                model = type == typeof(double) ? real : (float)real;
            }

            if (model is null)
            {
                bindingContext.ModelState.TryAddModelError(name, metadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, metadata.DisplayName ?? metadata.Name ?? name));
                return Task.CompletedTask;
            }

            bindingContext.Result = ModelBindingResult.Success(model);
            return Task.CompletedTask;
        }
    }
}
