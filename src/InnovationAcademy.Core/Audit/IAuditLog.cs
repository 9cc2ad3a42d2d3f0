namespace InnovationAcademy.Core.Audit;

/// <summary>Records changes of state. Entries join the caller's unit of work: they are saved with it or not at all.</summary>
public interface IAuditLog
{
    void Record(string action, string subject, string? details = null);
}
