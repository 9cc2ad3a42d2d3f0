using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Notifications.Models;
using InnovationAcademy.Notifications.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Notifications;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, NotificationsModelContributor>();
        services.AddOptions<SmtpOptions>().BindConfiguration("Smtp");
        services.AddSingleton<EmailTemplates>();
        services.AddScoped<IEmailQueue, EmailQueue>();
        services.AddScoped<IUndeliveredEmails, UndeliveredEmails>();
        services.AddHostedService<OutboxSender>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<IWaitingWorkProvider, OutboxWaitingWork>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
