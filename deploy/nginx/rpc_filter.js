// JSON-RPC allow-list for the public dapp endpoint (nginx njs, tested with njs 0.7.9).
//
// geth's --http.api already limits the namespaces to eth, net and web3. This filter is the second
// wall: it also refuses the eth_ methods that use the node's own accounts (a signer node has its
// sealing key unlocked, and geth's eth namespace would sign with it), and anything malformed.
const ALLOWED = /^(eth|net|web3)_[A-Za-z0-9]+$/;
const DENIED = {
    eth_accounts: true,
    eth_coinbase: true,
    eth_sign: true,
    eth_signTransaction: true,
    eth_sendTransaction: true,
    eth_signTypedData: true,
    eth_signTypedData_v3: true,
    eth_signTypedData_v4: true,
    eth_submitWork: true,
    eth_submitHashrate: true,
    eth_getWork: true,
};
const MAX_BATCH = 100;

function rpcError(id, code, message) {
    return { jsonrpc: "2.0", id: id === undefined ? null : id, error: { code: code, message: message } };
}

function reject(r, body) {
    r.headersOut["Content-Type"] = "application/json";
    r.return(200, JSON.stringify(body));
}

function check(call) {
    if (call === null || typeof call !== "object" || typeof call.method !== "string") {
        return rpcError(call && call.id, -32600, "invalid request");
    }
    if (!ALLOWED.test(call.method) || DENIED[call.method]) {
        return rpcError(call.id, -32601, "the method " + call.method + " is not available on this endpoint");
    }
    return null;
}

function filter(r) {
    if (r.method !== "POST") {
        r.return(405);
        return;
    }
    let body;
    try {
        body = JSON.parse(r.requestText || "");
    } catch (e) {
        reject(r, rpcError(null, -32700, "parse error"));
        return;
    }
    const calls = Array.isArray(body) ? body : [body];
    if (calls.length === 0 || calls.length > MAX_BATCH) {
        reject(r, rpcError(null, -32600, "batch must hold 1 to " + MAX_BATCH + " calls"));
        return;
    }
    for (let i = 0; i < calls.length; i++) {
        const err = check(calls[i]);
        if (err !== null) {
            // One refused call refuses the whole batch: nothing partial reaches the node.
            reject(r, Array.isArray(body) ? [err] : err);
            return;
        }
    }
    r.subrequest("/_geth", { method: "POST", body: r.requestText }).then(function (reply) {
        r.headersOut["Content-Type"] = "application/json";
        r.return(reply.status, reply.responseText);
    }).catch(function (e) {
        r.return(502);
    });
}

export default { filter };
