using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Recipes;
using InnovationAcademy.Users.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
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
                // The user name is the e-mail address, already checked as one: "inés.muñoz@…" is a real address
                // (RFC 6531), delivered where the mail server offers SMTPUTF8, and Identity's ASCII list would refuse it.
                options.User.AllowedUserNameCharacters = "";
                options.SignIn.RequireConfirmedEmail = true;
                // NIST SP 800-63B: length and a list of common passwords (PasswordPolicy), no composition rules.
                // PasswordPolicy checks the length (8, or 12 for administrators): Identity's own check would say 8 to both.
                options.Password.RequiredLength = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Lockout is how an administrator disables an account; failed sign-ins are slowed by SignInThrottle
                // instead, which neither reveals accounts nor lets a stranger lock the owner out.
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AcademyDbContext>()
            .AddUserValidator<PlainAccountValidator>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<AcademyClaimsPrincipalFactory>();

        // A change of roles reaches a signed-in user within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddSingleton<SessionTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionTicketStore>((options, store) => options.SessionStore = store);
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
        services.AddScoped<SignInThrottle>();
        services.AddScoped<SignInLinks>();
        services.AddScoped<UserSessions>();
        services.AddScoped<PasswordUpgrade>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddSingleton<TimingEqualizer>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<BulkAccounts>();
        services.AddScoped<IAccountProvisioning, AccountProvisioning>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeExportSource, RolesStep>();
        services.AddScoped<IRecipeStepHandler, UsersStep>();
        services.AddScoped<IRecipeExportSource, UsersStep>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        app.UseMiddleware<PasswordUpgradeMiddleware>();
}
