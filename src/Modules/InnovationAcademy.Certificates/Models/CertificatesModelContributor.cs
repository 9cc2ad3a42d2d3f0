using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Certificates.Models;

internal sealed class CertificatesModelContributor : AssemblyModelContributor;
