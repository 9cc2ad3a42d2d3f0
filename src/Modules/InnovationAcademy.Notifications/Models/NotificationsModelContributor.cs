using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Notifications.Models;

public sealed class NotificationsModelContributor : AssemblyModelContributor;
