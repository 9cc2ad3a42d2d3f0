using Microsoft.Extensions.Primitives;

namespace InnovationAcademy.Core.Caching;

/// <summary>
/// Named change tokens, as Orchard Core's ISignal: a cache entry depends on a key's token and is
/// evicted when that key is signalled. <see cref="SignalAll"/> evicts every entry made with a token
/// from here (used after a recipe, which may change anything).
/// </summary>
public interface ISignal
{
    IChangeToken GetToken(string key);

    void SignalToken(string key);

    void SignalAll();
}
