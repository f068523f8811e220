// Connection to the chain: the page's read client, and the signer (a browser wallet found through
// EIP-6963, or in the devnet a demo account whose key signs locally).
import { createPublicClient, createWalletClient, custom, defineChain, http, numberToHex, maxUint256 } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { RegistryAbi, GridTokenAbi, SettlementTokenAbi, TradingAbi, errorsAbi } from './abis.gen.js';

export async function loadConfig() {
  const res = await fetch('config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`The dapp server has no chain configuration (${res.status}): is the devnet deployed?`);
  return res.json();
}

// Writes carry every known custom error so reverts raised by a token under Trading still decode.
function withErrors(abi) {
  const have = new Set(abi.filter((i) => i.type === 'error').map((i) => i.name));
  return [...abi, ...errorsAbi.filter((i) => !have.has(i.name))];
}

export const ABI = {
  Registry: withErrors(RegistryAbi),
  GridToken: withErrors(GridTokenAbi),
  SettlementToken: withErrors(SettlementTokenAbi),
  Trading: withErrors(TradingAbi),
};

export class Chain {
  constructor(cfg) {
    this.cfg = cfg;
    this.rpcUrl = new URL(cfg.rpcUrl, location.href).toString();
    this.walletRpcUrl = new URL(cfg.walletRpcUrl || cfg.rpcUrl, location.href).toString();
    this.chain = defineChain({
      id: cfg.chainId,
      name: cfg.chainName,
      nativeCurrency: { name: cfg.nativeCurrency?.name ?? 'Ether', symbol: cfg.nativeCurrency?.symbol ?? 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [this.rpcUrl] } },
    });
    this.public = createPublicClient({ chain: this.chain, transport: http(this.rpcUrl, { batch: { wait: 16 } }), pollingInterval: 1000 });
    this.addr = cfg.contracts ?? {};
    this.wallet = null;
    this.account = null;
    this.kind = null;
  }

  has(name) {
    return Boolean(this.addr[name]);
  }

  read(name, functionName, args = []) {
    return this.public.readContract({ address: this.addr[name], abi: ABI[name], functionName, args });
  }

  useDemo(privateKey) {
    const account = privateKeyToAccount(privateKey);
    this.wallet = createWalletClient({ account, chain: this.chain, transport: http(this.rpcUrl) });
    this.account = account.address;
    this.kind = 'demo';
  }

  /** Connects an EIP-1193 provider: asks for accounts, then switches to (or adds, EIP-3085) our chain. */
  async useInjected(provider) {
    const accounts = await provider.request({ method: 'eth_requestAccounts' });
    if (!accounts?.length) throw new Error('The wallet shared no account.');
    const chainId = numberToHex(this.cfg.chainId);
    try {
      await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId }] });
    } catch (err) {
      if (err?.code !== 4902 && err?.data?.originalError?.code !== 4902) throw err;
      await provider.request({
        method: 'wallet_addEthereumChain',
        params: [{
          chainId,
          chainName: this.cfg.chainName,
          nativeCurrency: { name: this.chain.nativeCurrency.name, symbol: this.chain.nativeCurrency.symbol, decimals: 18 },
          rpcUrls: [this.walletRpcUrl],
        }],
      });
    }
    this.wallet = createWalletClient({ account: accounts[0], chain: this.chain, transport: custom(provider) });
    this.account = accounts[0];
    this.kind = 'wallet';
  }

  disconnect() {
    this.wallet = null;
    this.account = null;
    this.kind = null;
  }

  /** Simulates (so a revert is decoded before anything is signed), signs, sends, waits for the receipt. */
  async write(name, functionName, args = [], value) {
    if (!this.wallet) throw new Error('Connect a wallet or pick a demo account first.');
    const { request } = await this.public.simulateContract({
      account: this.wallet.account, address: this.addr[name], abi: ABI[name], functionName, args, value,
    });
    // Gas is estimated against the current block, but the transaction may land in the next epoch,
    // where it does more work (the first order of an epoch or of a price level writes fresh storage,
    // ~115k more). Unused gas is not charged, so give it ample headroom instead of failing out of gas.
    const estimate = await this.public.estimateContractGas(request);
    request.gas = estimate + estimate / 2n + 150000n;
    const hash = await this.wallet.writeContract(request);
    return this.receipt(hash);
  }

  async sendValue(to, value) {
    if (!this.wallet) throw new Error('Connect a wallet or pick a demo account first.');
    const hash = await this.wallet.sendTransaction({ account: this.wallet.account, chain: this.chain, to, value });
    return this.receipt(hash);
  }

  async receipt(hash) {
    const receipt = await this.public.waitForTransactionReceipt({ hash, pollingInterval: 500, timeout: 120_000 });
    if (receipt.status !== 'success') throw new Error(`Transaction ${hash.slice(0, 10)}… was mined but failed.`);
    return receipt;
  }

  /**
   * Makes sure Trading may take `needed` of `token` from the account. Trading takes escrow with
   * transferFrom and has no permit entry point, so a permit would cost its own transaction: one
   * approval with a large allowance is the fewest signatures (once per token, ever).
   * Returns true when an approval was sent.
   */
  async ensureAllowance(token, needed) {
    const allowance = await this.read(token, 'allowance', [this.account, this.addr.Trading]);
    if (allowance >= needed) return false;
    await this.write(token, 'approve', [this.addr.Trading, maxUint256]);
    return true;
  }
}

/** Finds browser wallets by EIP-6963 announcements, falling back to window.ethereum. */
export function discoverWallets(onChange) {
  const found = new Map();
  window.addEventListener('eip6963:announceProvider', (ev) => {
    const { info, provider } = ev.detail ?? {};
    if (!info?.uuid || !provider) return;
    found.set(info.uuid, { name: info.name, icon: info.icon, rdns: info.rdns, provider });
    onChange([...found.values()]);
  });
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  setTimeout(() => {
    if (found.size === 0 && window.ethereum) {
      found.set('legacy', { name: 'Browser wallet', icon: '', provider: window.ethereum });
      onChange([...found.values()]);
    }
  }, 500);
}
