#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Counts the shared twin-town list independently of the C++ reader (run from the repository root).

The figures it prints are the expected values of tests/io/twin_towns_shared_test.cpp; it re-implements
the country-name rules of docs/twin-towns.md over the iso-codes JSON, data/country-name-variants.csv,
data/historical-country-names.csv and CLDR ko.xml with Python's csv module; diacritics are dropped
through Python's NFD normalisation. Usage: count_pairs.py [path to twin_cities_raw.csv]"""
import sys
import csv, json, re, collections, unicodedata
import xml.etree.ElementTree as ET
def strip_accents(s):
    d=''.join(ch for ch in unicodedata.normalize('NFD',s) if not 0x300<=ord(ch)<=0x36F)
    return unicodedata.normalize('NFC',d)
def fold(s): return re.sub(r'[ \t\r\n]+',' ',strip_accents(s).strip()).translate({i:i+32 for i in range(65,91)})
def user_assigned(c): return c in ('AA','ZZ') or (c[0]=='Q' and c[1]>='M') or c[0]=='X'
iso=json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
current={e['alpha_2'] for e in iso}
names={}
for e in iso:
    for k in ('name','official_name','common_name'):
        if k in e: names.setdefault(fold(e[k]),e['alpha_2'])
for r in csv.DictReader(open('data/country-name-variants.csv',encoding='utf-8')):
    if r['alpha2'] in current or user_assigned(r['alpha2']): names.setdefault(fold(r['name']),r['alpha2'])
historical={fold(r['name']) for r in csv.DictReader(open('data/historical-country-names.csv',encoding='utf-8'))}
for t in ET.parse('/usr/share/unicode/cldr/common/main/ko.xml').getroot().iter('territory'):
    if t.get('type') in current and t.text: names.setdefault(fold(t.text),t.get('type'))
for e in json.load(open('/usr/share/iso-codes/json/iso_3166-3.json'))['3166-3']:
    if e['alpha_2'] not in current: names.setdefault(fold(e['name']),e['alpha_2'])
def whole(s):
    t=s.strip(' \t')
    if re.fullmatch('[A-Z]{2}',t) and t in current: return t
    return names.get(fold(s))
def country(s):
    c=whole(s)
    if c: return c
    if ',' in s:
        i=s.rindex(',')
        return whole(s[:i]) or whole(s[i+1:])
    return None
rows=list(csv.reader(open((sys.argv[1] if len(sys.argv) > 1 else '../shared/twin-towns/twin_cities_raw.csv'),encoding='utf-8',newline='')))[1:]
pairs=set(); unm=collections.Counter(); hist=collections.Counter(); first={}; n_unm=0; n_hist=0; selfp=0; dup=0
for line,r in enumerate(rows,start=2):
    a,ca,b,cb=[x.strip() for x in r]
    m=[country(ca),country(cb)]
    old=[code is None and fold(raw) in historical for raw,code in ((ca,m[0]),(cb,m[1]))]
    for raw,code,h in ((ca,m[0],old[0]),(cb,m[1],old[1])):
        if code is None:
            (hist if h else unm)[raw]+=1; first.setdefault(raw,line)
    if any(code is None and not h for code,h in zip(m,old)): n_unm+=1; continue
    if None in m: n_hist+=1; continue
    if (a,m[0])==(b,m[1]): selfp+=1; continue
    k=frozenset([(a,m[0]),(b,m[1])])
    if k in pairs: dup+=1
    else: pairs.add(k)
print("rows",len(rows),"pairs",len(pairs),"dup",dup,"self",selfp,"rows_unmapped",n_unm,"rows_historical",n_hist,"distinct_unmapped",len(unm),"cells_unmapped",sum(unm.values()))
for k,v in unm.most_common(): print(repr(k),v,first[k])
for k,v in hist.most_common(): print('historical',repr(k),v,first[k])
cities={c for p in pairs for c in p}; print("cities",len(cities))
print("empty city", sum(1 for r in rows if not r[0].strip() or not r[2].strip()))
