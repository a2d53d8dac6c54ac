namespace Ipt.Domain.DependencyInjection;

/// <summary>Marks a service collection on which <c>AddIptDomain</c> has run.</summary>
internal sealed class IptDomainRegistration;
