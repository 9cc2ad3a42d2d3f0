using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Core.Courses;

/// <summary>
/// An administration page of one course (<c>/admin/courses/{slug}/…</c>), whichever module draws it:
/// <c>[AdminCourse(nameof(Permissions.ManageEnrollments))]</c> checks the permission (403, or sign in), then finds the
/// course of the address (404 only for those allowed, so others do not learn which courses exist), and hands it to
/// the action as a <see cref="CourseRef"/> parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AdminCourseAttribute(string permissionName) : Attribute, IAsyncAuthorizationFilter
{
    private const string RouteKey = "slug";

    public string PermissionName { get; } = permissionName;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var services = http.RequestServices;
        var permission = services.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions()).FirstOrDefault(p => p.Name == PermissionName)
            ?? throw new InvalidOperationException($"No module declares the permission '{PermissionName}'.");
        if (!await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, permission))
        {
            context.Result = http.User.Identity?.IsAuthenticated == true ? new StatusCodeResult(StatusCodes.Status403Forbidden) : new ChallengeResult();
            return;
        }

        var slug = context.RouteData.Values[RouteKey]?.ToString()
            ?? throw new InvalidOperationException($"[AdminCourse] needs a {{{RouteKey}}} in the route of {context.ActionDescriptor.DisplayName}.");
        if (await services.GetRequiredService<ICourseDirectory>().FindAsync(slug, http.RequestAborted) is not { } course)
        {
            context.Result = new NotFoundResult();
            return;
        }

        http.Items[typeof(CourseRef)] = course;
    }
}

/// <summary>Gives an action the course <see cref="AdminCourseAttribute"/> found; binding it anywhere else is a mistake.</summary>
public sealed class AdminCourseBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(CourseRef) ? new Binder() : null;
    }

    private sealed class Binder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var course = bindingContext.HttpContext.Items[typeof(CourseRef)] as CourseRef
                ?? throw new InvalidOperationException($"{bindingContext.ActionContext.ActionDescriptor.DisplayName} takes a course without [AdminCourse].");
            bindingContext.Result = ModelBindingResult.Success(course);
            bindingContext.ValidationState[course] = new ValidationStateEntry { SuppressValidation = true };
            return Task.CompletedTask;
        }
    }
}
