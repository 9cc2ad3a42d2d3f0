using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Certificates.Models;

public sealed class CertificatesModelContributor : AssemblyModelContributor;
