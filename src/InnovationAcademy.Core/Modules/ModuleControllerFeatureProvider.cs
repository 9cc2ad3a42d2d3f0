using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace InnovationAcademy.Core.Modules;

/// <summary>
/// MVC's rule for controllers, except that a module's controllers may be internal: a module shows other modules only
/// its contracts, and its pages are reached through their routes, never through the controller's type.
/// </summary>
public sealed class ModuleControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return typeInfo.IsClass
            && !typeInfo.IsAbstract
            && !typeInfo.IsNested
            && !typeInfo.ContainsGenericParameters
            && !typeInfo.IsDefined(typeof(NonControllerAttribute))
            && (typeInfo.Name.EndsWith("Controller", StringComparison.OrdinalIgnoreCase) || typeInfo.IsDefined(typeof(ControllerAttribute)))
            && typeof(ControllerBase).IsAssignableFrom(typeInfo);
    }
}
