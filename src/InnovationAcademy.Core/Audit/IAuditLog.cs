namespace InnovationAcademy.Core.Audit;

/// <summary>Records changes of state. Entries join the caller's unit of work: they are saved with it or not at all.</summary>
public interface IAuditLog
{
    /// <param name="subject">What was changed as data: an e-mail address, a course's address, a title.</param>
    void Record(string action, string subject, AuditNote? note = null);

    /// <summary>
    /// Records what a person did before signing in, having proved who they are (a one-time link chose a password):
    /// the entry names them, not the platform.
    /// </summary>
    void RecordBy(string actorId, string actorName, string action, string subject, AuditNote? note = null);

    /// <summary>Records a change to a part of the platform itself (a feature), named by its English name so each reader sees it in their language.</summary>
    void RecordOnPlatformPart(string action, string partName, AuditNote? note = null);
}
