using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Notifications.Models;

internal sealed class NotificationsModelContributor : AssemblyModelContributor;
