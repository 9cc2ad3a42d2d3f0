using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Recipes;
using InnovationAcademy.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Users;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, UsersModelContributor>();
        services
            .AddIdentity<AcademyUser, AcademyRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AcademyDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AcademyClaimsPrincipalFactory>();

        // A change of roles reaches a signed-in user within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.Cookie.Name = "academy.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.Events.OnRedirectToLogin = context =>
            {
                // API callers get a status, people get the sign-in page.
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = 401;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = 403;
                return Task.CompletedTask;
            };
        });

        services.AddScoped<RolePermissions>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<BulkAccounts>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeExportSource, RolesStep>();
        services.AddScoped<IRecipeStepHandler, UsersStep>();
        services.AddScoped<IRecipeExportSource, UsersStep>();
    }
}
